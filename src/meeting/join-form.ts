/** What the user typed on the join screen (or a link filled in). */
export interface JoinForm {
  room: string;
  displayName: string;
  email: string;
  domain: string;
}
