import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../seed/personas.js';
import { passwordStrength } from './strength.js';

describe('password strength (zxcvbn-ts, French dictionaries, common passwords)', () => {
  it.each([DEMO_PASSWORD, 'Cerise-Tramway-Ardoise-42', 'un mot de passe assez long'])(
    'accepts %s',
    async (password) => {
      expect(await passwordStrength(password)).toMatchObject({ ok: true, advice: [] });
    },
  );

  it.each(['azerty123', 'motdepasse', 'soleil2024', 'Bonjour2024'])(
    'refuses %s with advice in French',
    async (password) => {
      const strength = await passwordStrength(password);
      expect(strength.ok).toBe(false);
      expect(strength.score).toBeLessThan(3);
      expect(strength.advice.join(' ')).toMatch(/[a-z]/);
      expect(strength.advice.join(' ')).not.toMatch(/\b(the|add|use)\b/i);
    },
  );

  it('counts the person’s own name and address as guessable', async () => {
    const password = 'kwazolotremblix';
    expect((await passwordStrength(password)).ok).toBe(true);
    const own = await passwordStrength(password, [
      'kwazolo.tremblix@asso.example',
      'Kwazolo Tremblix',
    ]);
    expect(own.ok).toBe(false);
    expect(own.advice.join(' ')).toContain('données personnelles');
  });
});
