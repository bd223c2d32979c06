import { ROLES } from '@territoires/contracts';
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../audit/record.js';
import { hashPassword } from '../auth/passwords.js';
import { passwordStrength } from '../auth/strength.js';
import type { Database } from '../db/database.js';
import { memberships, organisations, staff } from '../db/schema.js';
import { CliError } from './errors.js';

const userSchema = z.object({
  email: z.email(),
  name: z.string().trim().min(2).max(120),
  organisation: z.string().min(1),
  role: z.enum(ROLES),
  password: z
    .string()
    .min(8, 'The password needs at least 8 characters (TERRITOIRES_PASSWORD or --password).'),
});

/** The same estimator as the app's screens (auth/strength.ts): no composition rules. */
async function requireStrongPassword(password: string, inputs: string[]): Promise<void> {
  const strength = await passwordStrength(password, inputs);
  if (!strength.ok)
    throw new CliError(
      `The password is too easy to guess (score ${strength.score} of 4, 3 needed): ${strength.advice.join(' ')}`,
      2,
    );
}

/** Creates a staff account, or adds a role to an existing one, with an audit event. */
export async function createUser(
  database: Database,
  input: { email: string; name: string; organisation: string; role: string; password: string },
  now: Date,
): Promise<string> {
  const parsed = userSchema.safeParse(input);
  if (!parsed.success) {
    throw new CliError(
      parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'),
      2,
    );
  }
  const user = parsed.data;
  await requireStrongPassword(user.password, [user.email, user.name]);
  const passwordHash = await hashPassword(user.password);
  return database.db.transaction(async (tx) => {
    const [organisation] = await tx
      .select()
      .from(organisations)
      .where(eq(organisations.name, user.organisation));
    if (!organisation) throw new CliError(`No organisation named "${user.organisation}".`);
    const existing = await tx
      .select()
      .from(staff)
      .where(sql`lower(${staff.email}) = ${user.email.toLowerCase()}`);
    const [row] = existing.length
      ? existing
      : await tx
          .insert(staff)
          .values({ email: user.email, displayName: user.name, passwordHash })
          .returning();
    if (!row) throw new Error('insert returned nothing');
    await tx
      .insert(memberships)
      .values({ staffId: row.id, organisationId: organisation.id, role: user.role })
      .onConflictDoNothing();
    await recordAudit(
      tx,
      {
        actorId: null,
        action: 'staff.create',
        entityType: 'staff',
        entityId: row.id,
        after: { email: user.email, role: user.role, organisation: organisation.name },
      },
      now,
    );
    return row.id;
  });
}
