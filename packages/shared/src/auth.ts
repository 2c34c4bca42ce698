import { z } from 'zod';
import { roleSchema } from './vocabulary.ts';

export const usernameSchema = z
  .string()
  .trim()
  .min(3)
  .max(64)
  .regex(/^[a-z0-9._-]+$/, 'lowercase latin letters, digits, dot, underscore or hyphen');

/** The name the public sees on every change a user makes; never the login name, which stays private. */
export const displayNameSchema = z.string().trim().min(1, 'is required').max(100);

/** A monitor's organisation, shown in public beside every assessment. */
export const organisationSchema = z.string().trim().min(2, 'is required').max(200);

export const passwordSchema = z.string().min(12, 'at least 12 characters').max(256);

export const loginInputSchema = z.strictObject({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});
export type LoginInput = z.infer<typeof loginInputSchema>;

export const userSchema = z.object({
  id: z.string(),
  username: usernameSchema,
  displayName: z.string(),
  role: roleSchema,
  /** The civil-society organisation a monitor assesses for; null for officials and admins. */
  organisation: z.string().nullable(),
  disabled: z.boolean(),
});
export type User = z.infer<typeof userSchema>;

/**
 * A new account, as an admin or the user:create command enters it. The login name is never shown in
 * public, so the display name must differ from it; a monitor speaks for a civil-society organisation,
 * named in public, and other roles have none. The admin sets an initial password that meets the policy.
 */
export const newUserInputSchema = z
  .strictObject({
    username: usernameSchema,
    password: passwordSchema,
    displayName: displayNameSchema,
    role: roleSchema,
    organisation: organisationSchema.optional(),
  })
  .refine((user) => user.displayName.toLowerCase() !== user.username.toLowerCase(), {
    path: ['displayName'],
    message: 'must differ from the username, which is never shown in public',
  })
  .refine((user) => (user.role === 'monitor') === (user.organisation !== undefined), {
    path: ['organisation'],
    message: 'required for a monitor, and only for a monitor',
  });
export type NewUserInput = z.infer<typeof newUserInputSchema>;
