import { makeRepo } from '../change/repo.js';
import { tempDir } from '../helpers/fs.js';

/**
 * Small repositories of the stacks `init` knows, as real git repositories: what a team's
 * repository holds before it adopts promotion-gate (manifests, lockfiles, routes, migrations,
 * tests, a Dockerfile, a CI workflow).
 */

const PACKAGE_LOCK = JSON.stringify(
  {
    name: 'permits-api',
    version: '1.0.0',
    lockfileVersion: 3,
    requires: true,
    packages: { '': { name: 'permits-api', version: '1.0.0' } },
  },
  null,
  2,
);

export const NODE_EXPRESS: Record<string, string> = {
  'package.json': JSON.stringify(
    {
      name: 'permits-api',
      version: '1.0.0',
      scripts: { start: 'node src/server.js', test: 'vitest run', migrate: 'knex migrate:latest' },
      dependencies: { express: '4.19.2', knex: '3.1.0', pg: '8.11.3', passport: '0.7.0' },
      devDependencies: { vitest: '1.6.0', '@vitest/coverage-v8': '1.6.0' },
    },
    null,
    2,
  ),
  'package-lock.json': PACKAGE_LOCK,
  'knexfile.js': "module.exports = {\n  client: 'pg',\n  migrations: { directory: './db/migrations' },\n};\n",
  'db/migrations/20240101000000_create_permits.js':
    "exports.up = (knex) => knex.schema.createTable('permits', (t) => t.increments());\nexports.down = (knex) => knex.schema.dropTable('permits');\n",
  'src/app.js': [
    "const express = require('express');",
    'const app = express();',
    "app.get('/', (req, res) => res.send('Permits'));",
    "app.get('/health', (req, res) => res.json({ status: 'ok' }));",
    "app.get('/admin', requireLogin, (req, res) => res.send('admin'));",
    "app.get('/permits/:id', (req, res) => res.json({}));",
    'module.exports = app;',
    '',
  ].join('\n'),
  'src/server.js': "require('./app').listen(process.env.PORT || 3000);\n",
  'vitest.config.js': 'export default { test: { coverage: { thresholds: { lines: 80 } } } };\n',
  'test/app.test.js': "import { test } from 'vitest';\ntest('ok', () => {});\n",
  Dockerfile: 'FROM node:24-alpine\nCOPY . .\nCMD ["node", "src/server.js"]\n',
  '.github/workflows/ci.yml': [
    'name: ci',
    'on: push',
    'jobs:',
    '  test:',
    '    runs-on: ubuntu-latest',
    '    env:',
    '      BASE: ${{ vars.STAGING_BASE_URL }}',
    '    steps:',
    '      - run: npm test',
    '',
  ].join('\n'),
};

export const PYTHON_DJANGO: Record<string, string> = {
  'requirements.txt':
    'Django==5.0.1\npsycopg2-binary==2.9.9\npytest==8.0.0\npytest-django==4.8.0\npytest-cov==4.1.0\n',
  'manage.py':
    "#!/usr/bin/env python\nimport os, sys\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'mysite.settings')\n",
  'mysite/__init__.py': '',
  'mysite/settings.py': [
    "INSTALLED_APPS = ['django.contrib.admin', 'django.contrib.auth', 'polls']",
    "DATABASES = {'default': {'ENGINE': 'django.db.backends.postgresql', 'NAME': 'mysite'}}",
    '',
  ].join('\n'),
  'mysite/urls.py': [
    'from django.contrib import admin',
    'from django.urls import path',
    'from polls import views',
    '',
    'urlpatterns = [',
    "    path('admin/', admin.site.urls),",
    "    path('health/', views.health),",
    "    path('', views.index),",
    ']',
    '',
  ].join('\n'),
  'polls/__init__.py': '',
  'polls/views.py': 'def index(request): ...\ndef health(request): ...\n',
  'polls/migrations/__init__.py': '',
  'polls/migrations/0001_initial.py':
    'from django.db import migrations, models\n\nclass Migration(migrations.Migration):\n    operations = []\n',
  'pytest.ini': '[pytest]\nDJANGO_SETTINGS_MODULE = mysite.settings\naddopts = --cov-fail-under=75\n',
  'polls/tests/test_views.py': 'def test_index(): pass\n',
};

export const RAILS: Record<string, string> = {
  Gemfile:
    "source 'https://rubygems.org'\ngem 'rails', '~> 7.1'\ngem 'pg'\ngem 'devise'\ngroup :test do\n  gem 'rspec-rails'\n  gem 'rspec_junit_formatter'\nend\n",
  'Gemfile.lock': [
    'GEM',
    '  remote: https://rubygems.org/',
    '  specs:',
    '    devise (4.9.3)',
    '    pg (1.5.4)',
    '    rails (7.1.3)',
    '    rspec-rails (6.1.1)',
    '    rspec_junit_formatter (0.6.0)',
    '',
    'PLATFORMS',
    '  ruby',
    '',
    'DEPENDENCIES',
    '  devise',
    '  pg',
    '  rails (~> 7.1)',
    '  rspec-rails',
    '  rspec_junit_formatter',
    '',
  ].join('\n'),
  'config/routes.rb': [
    'Rails.application.routes.draw do',
    '  devise_for :users',
    '  get "up" => "rails/health#show", as: :rails_health_check',
    '  resources :posts, only: [:index, :show]',
    '  root "posts#index"',
    'end',
    '',
  ].join('\n'),
  'config/database.yml': 'default: &default\n  adapter: postgresql\n  encoding: unicode\n',
  'db/migrate/20240101000000_create_posts.rb':
    'class CreatePosts < ActiveRecord::Migration[7.1]\n  def change\n    create_table :posts\n  end\nend\n',
  'app/controllers/posts_controller.rb': 'class PostsController < ApplicationController\nend\n',
  '.rspec': '--require spec_helper\n',
  'spec/models/post_spec.rb': 'RSpec.describe Post do\nend\n',
  'bin/rails': '#!/usr/bin/env ruby\n',
};

export const GO_SERVICE: Record<string, string> = {
  'go.mod': [
    'module example.com/permits',
    '',
    'go 1.22',
    '',
    'require (',
    '\tgithub.com/go-chi/chi/v5 v5.0.12',
    '\tgithub.com/jackc/pgx/v5 v5.5.5',
    ')',
    '',
  ].join('\n'),
  'go.sum': '',
  'main.go': [
    'package main',
    '',
    'import "github.com/go-chi/chi/v5"',
    '',
    'func main() {',
    '\tr := chi.NewRouter()',
    '\tr.Get("/healthz", health)',
    '\tr.Get("/permits/{id}", permit)',
    '}',
    '',
  ].join('\n'),
  'main_test.go': 'package main\n\nfunc TestHealth(t *testing.T) { r.Get("/test-only", nil) }\n',
  'migrations/000001_init.up.sql': 'CREATE TABLE permits (id serial primary key);\n',
  'migrations/000001_init.down.sql': 'DROP TABLE permits;\n',
};

export const JAVA_SPRING: Record<string, string> = {
  'pom.xml': [
    '<project>',
    '  <parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId></parent>',
    '  <dependencies>',
    '    <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId></dependency>',
    '    <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-actuator</artifactId></dependency>',
    '    <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-security</artifactId></dependency>',
    '    <dependency><groupId>org.postgresql</groupId><artifactId>postgresql</artifactId></dependency>',
    '    <dependency><groupId>org.flywaydb</groupId><artifactId>flyway-core</artifactId></dependency>',
    '  </dependencies>',
    '</project>',
    '',
  ].join('\n'),
  mvnw: '#!/bin/sh\n',
  'src/main/java/com/example/permits/PermitController.java': [
    'package com.example.permits;',
    '',
    '@RestController',
    '@RequestMapping("/api")',
    'public class PermitController {',
    '  @GetMapping("/permits")',
    '  public List<Permit> list() { return List.of(); }',
    '',
    '  @GetMapping("/account")',
    '  public Account account() { return null; }',
    '}',
    '',
  ].join('\n'),
  'src/main/resources/application.properties': 'spring.datasource.url=jdbc:postgresql://localhost/permits\n',
  'src/main/resources/db/migration/V1__init.sql': 'CREATE TABLE permits (id bigint primary key);\n',
  'src/test/java/com/example/permits/PermitControllerTest.java': 'class PermitControllerTest {}\n',
};

export const STACKS = {
  'node-express': NODE_EXPRESS,
  'python-django': PYTHON_DJANGO,
  rails: RAILS,
  go: GO_SERVICE,
  'java-spring': JAVA_SPRING,
  empty: {},
} as const;

export type StackName = keyof typeof STACKS;

/** A real git repository holding the stack's files in one commit on main. */
export async function stackRepo(name: StackName): Promise<string> {
  const dir = await tempDir(`pg-init-${name}-`);
  await makeRepo(dir, STACKS[name]);
  return dir;
}
