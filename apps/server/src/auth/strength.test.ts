import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../seed/personas.js';
import { passwordStrength } from './strength.js';

describe('password strength (zxcvbn-ts, French dictionaries, common passwords)', () => {
  it.each([DEMO_PASSWORD, 'Cerise-Tramway-Ardoise-42', 'un mot de passe assez long'])(
    'accepts %s',
    (password) => {
      expect(passwordStrength(password)).toMatchObject({ ok: true, advice: [] });
    },
  );

  it.each(['azerty123', 'motdepasse', 'soleil2024', 'Bonjour2024'])(
    'refuses %s with advice in French',
    (password) => {
      const strength = passwordStrength(password);
      expect(strength.ok).toBe(false);
      expect(strength.score).toBeLessThan(3);
      expect(strength.advice.join(' ')).toMatch(/[a-z]/);
      expect(strength.advice.join(' ')).not.toMatch(/\b(the|add|use)\b/i);
    },
  );

  it('counts the person’s own name and address as guessable', () => {
    const password = 'kwazolotremblix';
    expect(passwordStrength(password).ok).toBe(true);
    const own = passwordStrength(password, ['kwazolo.tremblix@asso.example', 'Kwazolo Tremblix']);
    expect(own.ok).toBe(false);
    expect(own.advice.join(' ')).toContain('données personnelles');
  });
});
