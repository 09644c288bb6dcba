import { defineConfig } from 'drizzle-kit';

// Used only by `npm run db:generate` (drizzle-kit), which needs no database connection.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/tables.ts',
  out: './drizzle',
  casing: 'snake_case',
});
