import type { RouteObject } from 'react-router';

/** The participant space's own screens (sign-in, home), under /moi. */
export const meRoutes: RouteObject[] = [];
