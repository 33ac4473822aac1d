# syntax=docker/dockerfile:1.7
# One image for the gateway, each subgraph and the release's migrations; the command picks the process:
#   docker build -t panjare:0.1.0 .
#   docker run panjare:0.1.0                                             the gateway (the default command)
#   docker run panjare:0.1.0 node dist/subgraphs/catalogue/index.js      a subgraph (likewise inquiries, projects)
#   docker run panjare:0.1.0 node dist/scripts/migrate.js --seed         the migrations, then the seed into empty schemas
# test/deploy/image.test.ts performs the runtime stage's steps in a folder and runs the processes from it.
ARG NODE_IMAGE=node:20.20.2-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev --no-audit --no-fund
COPY --from=build /app/dist ./dist
COPY --from=build /app/explorer/dist ./explorer/dist
COPY schema ./schema
COPY safelist/manifest.json ./safelist/manifest.json
COPY examples/queries ./examples/queries
# The official image's unprivileged "node" user, by number so that Kubernetes can check runAsNonRoot.
USER 1000:1000
# 4000 the gateway, 4001-4003 the subgraphs, 9464 each process's internal port (/metrics, /health, /ready).
EXPOSE 4000 4001 4002 4003 9464
CMD ["node", "--max-old-space-size=192", "dist/gateway/index.js"]
