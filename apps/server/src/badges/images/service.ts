import type { Achievement, BadgeTemplate, GenerateImageBody } from '@territoires/contracts';
import type { Actor } from '../../auth/actor.js';
import type { Services } from '../../services.js';
import { checkDesign, storeImage } from '../achievements.js';
import { renderPng } from './render.js';
import { badgeSvg } from './template.js';

/** The template drawn as the badge's PNG, as it would be stored. */
export const templatePng = async (template: BadgeTemplate): Promise<Buffer> =>
  renderPng(await badgeSvg(template));

/** The preview the designer shows while the template changes: nothing is stored. */
export async function previewImage(template: BadgeTemplate): Promise<{ dataUrl: string }> {
  const png = await templatePng(template);
  return { dataUrl: `data:image/png;base64,${png.toString('base64')}` };
}

/** Generates the badge's image from the template; its text alternative comes with it. */
export async function generateAchievementImage(
  services: Services,
  publicUrl: string,
  actor: Actor,
  id: string,
  body: GenerateImageBody,
): Promise<Achievement> {
  // The designer's rule first: nobody else makes the server draw.
  await checkDesign(services, publicUrl, actor, id);
  const { imageAlt, ...template } = body;
  return storeImage(services, publicUrl, actor, id, await templatePng(template), imageAlt);
}
