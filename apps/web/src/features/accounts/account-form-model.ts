import type { NewUserInput } from '@civic/shared/schemas';

export type AccountFields = {
  username: string;
  displayName: string;
  role: string;
  organisation: string;
  password: string;
};

export const emptyAccount: AccountFields = {
  username: '',
  displayName: '',
  role: 'official',
  organisation: '',
  password: '',
};

/** What is sent: the organisation only for a monitor, who speaks for one; the username as typed, lowercased. */
export function toNewUser(fields: AccountFields): Partial<NewUserInput> & Record<string, unknown> {
  const organisation = fields.organisation.trim();
  return {
    username: fields.username.trim().toLowerCase(),
    displayName: fields.displayName,
    role: fields.role as NewUserInput['role'],
    password: fields.password,
    ...(fields.role === 'monitor' && organisation !== '' ? { organisation } : {}),
  };
}
