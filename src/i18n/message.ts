/** A message that depends on a number: one text per plural category of the language. */
export type PluralMessage = { readonly [form in Intl.LDMLPluralRule]?: string } & {
  readonly other: string;
};

/** Text with `{name}` placeholders, or plural forms selected by the `count` parameter. */
export type Message = string | PluralMessage;

export type Messages = { readonly [key: string]: Message };

/** Another language's version of an English catalog: the same keys, each of the same kind. */
export type Translation<English extends Messages> = {
  readonly [Key in keyof English]: English[Key] extends string ? string : PluralMessage;
};

type Placeholders<Text> = Text extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

/** The placeholder names of a message (for plural messages, `count` and those of every form). */
export type MessageParamNames<M> = M extends string
  ? Placeholders<M>
  : M extends PluralMessage
    ? 'count' | Placeholders<M[keyof M]>
    : never;

export type ParamValue = string | number;
