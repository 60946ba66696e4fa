import type {
  AssignmentExpression,
  Expression,
  MemberExpression,
  Pattern,
  PrivateIdentifier,
  Program,
  Statement,
  Super,
} from 'acorn';

/** A value the reader could not work out without running code: it is left alone. */
export const UNKNOWN: unique symbol = Symbol('unknown');

export type ConfigValue =
  | string
  | number
  | boolean
  | null
  | undefined
  | typeof UNKNOWN
  | ConfigValue[]
  | ConfigObject;

export interface ConfigObject {
  [key: string]: ConfigValue;
}

/** nginx's server-side include left in place (config.js not served through SSI): its default. */
const SSI_ECHO = /^<!--#\s*echo\s+var="[^"]*"(?:\s+default="([^"]*)")?\s*-->$/;

/** Nothing read from config.js may grow past this: a hostile file cannot fill the memory. */
const MAX_STRING = 64 * 1024;

export function isConfigObject(value: ConfigValue): value is ConfigObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function newObject(): ConfigObject {
  return Object.create(null) as ConfigObject;
}

function isPrimitive(value: ConfigValue): value is string | number | boolean | null | undefined {
  return value === null || (typeof value !== 'object' && value !== UNKNOWN);
}

function stringMethod(target: string, name: string, args: ConfigValue[]): ConfigValue {
  const [first, second] = args;
  const num = (value: ConfigValue, fallback: number) =>
    value === undefined ? fallback : typeof value === 'number' ? value : Number.NaN;
  switch (name) {
    case 'toLowerCase':
      return target.toLowerCase();
    case 'toUpperCase':
      return target.toUpperCase();
    case 'trim':
      return target.trim();
    case 'substring':
    case 'substr':
    case 'slice': {
      const start = num(first, 0);
      const end = num(second, target.length);
      if (Number.isNaN(start) || Number.isNaN(end)) return UNKNOWN;
      if (name === 'substring') return target.substring(start, end);
      if (name === 'slice') return target.slice(start, end);
      return target.substr(start, second === undefined ? undefined : end);
    }
    case 'split':
      return typeof first === 'string' ? target.split(first) : UNKNOWN;
    case 'startsWith':
      return typeof first === 'string' ? target.startsWith(first) : UNKNOWN;
    case 'endsWith':
      return typeof first === 'string' ? target.endsWith(first) : UNKNOWN;
    case 'includes':
      return typeof first === 'string' ? target.includes(first) : UNKNOWN;
    default:
      return UNKNOWN;
  }
}

function truthy(value: ConfigValue): boolean | typeof UNKNOWN {
  if (value === UNKNOWN) return UNKNOWN;
  if (typeof value === 'object' && value !== null) return true;
  return Boolean(value);
}

/**
 * Works out the literal settings of a config.js from its syntax tree, never running it: string,
 * number and object literals, `+` joins, variables, assignments to `config.a.b`, `if` on values
 * known here, and a few string methods (the ones Jitsi's templates use on `subdomain`). Anything
 * else (functions, calls, loops, unknown conditions) is skipped and its effects left out.
 */
export class ConfigJsReader {
  readonly variables = new Map<string, ConfigValue>();

  run(program: Program): void {
    for (const statement of program.body) {
      if (statement.type !== 'ImportDeclaration' && !statement.type.startsWith('Export'))
        this.statement(statement as Statement);
    }
  }

  private statement(node: Statement): void {
    switch (node.type) {
      case 'VariableDeclaration':
        for (const declarator of node.declarations) {
          if (declarator.id.type === 'Identifier')
            this.variables.set(
              declarator.id.name,
              declarator.init ? this.expression(declarator.init) : undefined,
            );
        }
        return;
      case 'ExpressionStatement':
        if (node.expression.type === 'AssignmentExpression') this.assign(node.expression);
        else if (node.expression.type === 'SequenceExpression') {
          for (const part of node.expression.expressions)
            if (part.type === 'AssignmentExpression') this.assign(part);
        }
        return;
      case 'IfStatement': {
        const test = truthy(this.expression(node.test));
        if (test === UNKNOWN) return;
        if (test) this.statement(node.consequent);
        else if (node.alternate) this.statement(node.alternate);
        return;
      }
      case 'BlockStatement':
        for (const inner of node.body) this.statement(inner);
        return;
      default:
        return;
    }
  }

  private assign(node: AssignmentExpression): void {
    const right = this.expression(node.right);
    const value =
      node.operator === '='
        ? right
        : node.operator === '+='
          ? this.add(this.read(node.left), right)
          : UNKNOWN;
    if (node.left.type === 'Identifier') {
      this.variables.set(node.left.name, value);
      return;
    }
    if (node.left.type !== 'MemberExpression') return;
    const path = this.memberPath(node.left);
    if (path === undefined) return;
    const [root, ...keys] = path;
    const last = keys.pop();
    if (root === undefined || last === undefined) return;
    let target = this.variables.get(root);
    if (!isConfigObject(target)) {
      target = newObject();
      this.variables.set(root, target);
    }
    for (const key of keys) {
      const next: ConfigValue = target[key];
      if (isConfigObject(next)) target = next;
      else {
        const created = newObject();
        target[key] = created;
        target = created;
      }
    }
    target[last] = value;
  }

  private read(node: Pattern | Expression): ConfigValue {
    return node.type === 'Identifier' || node.type === 'MemberExpression'
      ? this.expression(node)
      : UNKNOWN;
  }

  /** `config.hosts.domain` -> ['config', 'hosts', 'domain']; undefined for anything else. */
  private memberPath(node: MemberExpression): string[] | undefined {
    const key = this.propertyKey(node.property, node.computed);
    if (key === undefined) return undefined;
    if (node.object.type === 'Identifier') return [node.object.name, key];
    if (node.object.type === 'MemberExpression') {
      const inner = this.memberPath(node.object);
      return inner ? [...inner, key] : undefined;
    }
    return undefined;
  }

  private propertyKey(
    node: Expression | PrivateIdentifier | Super,
    computed: boolean,
  ): string | undefined {
    if (!computed && node.type === 'Identifier') return node.name;
    if (
      node.type === 'Literal' &&
      (typeof node.value === 'string' || typeof node.value === 'number')
    )
      return String(node.value);
    return undefined;
  }

  private add(left: ConfigValue, right: ConfigValue): ConfigValue {
    if (!isPrimitive(left) || !isPrimitive(right)) return UNKNOWN;
    if (typeof left === 'number' && typeof right === 'number') return left + right;
    if (typeof left !== 'string' && typeof right !== 'string') return UNKNOWN;
    const joined = String(left) + String(right);
    return joined.length > MAX_STRING ? UNKNOWN : joined;
  }

  private literalString(value: string): string {
    const ssi = SSI_ECHO.exec(value);
    return ssi ? (ssi[1] ?? '') : value;
  }

  expression(node: Expression | Super | PrivateIdentifier): ConfigValue {
    switch (node.type) {
      case 'Literal':
        if (typeof node.value === 'string') return this.literalString(node.value);
        if (
          typeof node.value === 'number' ||
          typeof node.value === 'boolean' ||
          node.value === null
        )
          return node.value;
        return UNKNOWN;
      case 'TemplateLiteral': {
        let text = node.quasis[0]?.value.cooked ?? '';
        for (const [index, part] of node.expressions.entries()) {
          const value = this.expression(part);
          if (typeof value !== 'string' && typeof value !== 'number') return UNKNOWN;
          text += String(value) + (node.quasis[index + 1]?.value.cooked ?? '');
        }
        return text.length > MAX_STRING ? UNKNOWN : text;
      }
      case 'Identifier':
        if (node.name === 'undefined') return undefined;
        return this.variables.has(node.name) ? this.variables.get(node.name) : UNKNOWN;
      case 'ObjectExpression': {
        const object = newObject();
        for (const property of node.properties) {
          if (property.type !== 'Property' || property.kind !== 'init') continue;
          const key = this.propertyKey(property.key, property.computed);
          if (key !== undefined) object[key] = this.expression(property.value as Expression);
        }
        return object;
      }
      case 'ArrayExpression':
        return node.elements.map((element) =>
          element === null || element.type === 'SpreadElement' ? UNKNOWN : this.expression(element),
        );
      case 'BinaryExpression': {
        if (node.left.type === 'PrivateIdentifier') return UNKNOWN;
        const left = this.expression(node.left);
        const right = this.expression(node.right);
        if (node.operator === '+') return this.add(left, right);
        if (node.operator === '-')
          return typeof left === 'number' && typeof right === 'number' ? left - right : UNKNOWN;
        if (!isPrimitive(left) || !isPrimitive(right)) return UNKNOWN;
        if (node.operator === '===' || node.operator === '==') return left === right;
        if (node.operator === '!==' || node.operator === '!=') return left !== right;
        return UNKNOWN;
      }
      case 'LogicalExpression': {
        const left = this.expression(node.left);
        const test = truthy(left);
        if (test === UNKNOWN) return UNKNOWN;
        if (node.operator === '||') return test ? left : this.expression(node.right);
        if (node.operator === '&&') return test ? this.expression(node.right) : left;
        return left === null || left === undefined ? this.expression(node.right) : left;
      }
      case 'UnaryExpression': {
        if (node.operator !== '!') return UNKNOWN;
        const test = truthy(this.expression(node.argument));
        return test === UNKNOWN ? UNKNOWN : !test;
      }
      case 'ConditionalExpression': {
        const test = truthy(this.expression(node.test));
        if (test === UNKNOWN) return UNKNOWN;
        return this.expression(test ? node.consequent : node.alternate);
      }
      case 'MemberExpression': {
        const object = this.expression(node.object);
        const key = this.propertyKey(node.property, node.computed);
        if (key === undefined) return UNKNOWN;
        if (typeof object === 'string') return key === 'length' ? object.length : UNKNOWN;
        if (isConfigObject(object)) return Object.hasOwn(object, key) ? object[key] : undefined;
        return UNKNOWN;
      }
      case 'CallExpression': {
        if (node.callee.type !== 'MemberExpression') return UNKNOWN;
        const target = this.expression(node.callee.object);
        const name = this.propertyKey(node.callee.property, node.callee.computed);
        const args = node.arguments.map((arg) =>
          arg.type === 'SpreadElement' ? UNKNOWN : this.expression(arg),
        );
        if (name === undefined || args.includes(UNKNOWN)) return UNKNOWN;
        if (typeof target === 'string') return stringMethod(target, name, args);
        if (Array.isArray(target) && name === 'join') {
          const separator = args[0] === undefined ? ',' : args[0];
          if (typeof separator !== 'string' || !target.every((item) => typeof item === 'string'))
            return UNKNOWN;
          const joined = target.join(separator);
          return joined.length > MAX_STRING ? UNKNOWN : joined;
        }
        return UNKNOWN;
      }
      default:
        return UNKNOWN;
    }
  }
}
