import { newUserInputSchema, type Role, type User } from '@civic/shared';
import { alreadyExists, notFound, stateConflict } from '../errors/app-error.ts';
import { parseInput } from '../http/validate.ts';
import { hashPassword, type ScryptCost } from './password.ts';
import type { UsersRepository } from './users-repository.ts';

export interface CreateUserInput {
  username: string;
  password: string;
  role: Role;
  /** Shown in public on every change the user makes; required and unlike the username. */
  displayName: string;
  /** The civil-society organisation of a monitor: required for one, refused for other roles. */
  organisation?: string;
  disabled?: boolean;
}

export function createUsersService(repository: UsersRepository, now: () => Date = () => new Date()) {
  return {
    async create(input: CreateUserInput, cost?: ScryptCost): Promise<User> {
      const { disabled, ...fields } = input;
      const { username, password, displayName, organisation } = parseInput(newUserInputSchema, fields, 'body');
      if (await repository.findRowByUsername(username)) {
        throw alreadyExists(`A user named "${username}" already exists.`, [
          { field: 'username', message: 'is taken', code: 'taken' },
        ]);
      }
      return repository.insert(
        {
          username,
          displayName,
          role: input.role,
          organisation: organisation ?? null,
          passwordHash: await hashPassword(password, cost),
          disabled: disabled ?? false,
        },
        now().toISOString(),
      );
    },

    list: () => repository.list(),

    count: () => repository.count(),

    /** Disables a user; their sessions end in the same transaction. */
    async disable(id: string, by?: User): Promise<User> {
      if (by?.id === id) {
        throw stateConflict('You cannot disable your own account.');
      }
      const user = await repository.disable(id);
      if (!user) throw notFound(`No user with id "${id}".`);
      return user;
    },

    async findByUsername(username: string) {
      const row = await repository.findRowByUsername(username);
      return row ? repository.findById(row.id) : undefined;
    },
  };
}

export type UsersService = ReturnType<typeof createUsersService>;
