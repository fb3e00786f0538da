// Calls each function of the WebAssembly build under node --test.
// RECOVERYKIT_WASM is the path of the built .wasm; WASM_EXEC the path of Go's
// wasm_exec.js.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { load } from './recoverykit.mjs';

let rk;
let plan;

before(async () => {
  const wasm = process.env.RECOVERYKIT_WASM;
  const exec = process.env.WASM_EXEC;
  assert.ok(wasm && exec, 'set RECOVERYKIT_WASM and WASM_EXEC');
  await import(pathToFileURL(exec).href);
  rk = await load(await readFile(wasm));
  plan = JSON.parse(await readFile(new URL('./testdata/plan.json', import.meta.url), 'utf8'));
});

test('validate accepts the scenario plan', () => {
  assert.deepEqual(rk.validate(plan), { ok: true });
});

test('validate words each problem in the person\'s language, with its pointer', () => {
  const bad = structuredClone(plan);
  bad.goals[1].steps[0].due = '2026-04-01';
  bad.supports[0].id = 'not-a-uuid';
  bad.nickname = 'x';
  const r = rk.validate(bad, 'es-MX');
  assert.equal(r.ok, false);
  const byPointer = Object.fromEntries(r.problems.map((p) => [p.pointer, p]));
  assert.equal(byPointer['/goals/1/steps/0/due'].rule, 'date-time');
  assert.equal(byPointer['/goals/1/steps/0/due'].message, 'Indica una fecha y una hora.');
  assert.equal(byPointer['/supports/0/id'].rule, 'uuid');
  assert.equal(byPointer['/nickname'].rule, 'unknown');
  assert.ok(!JSON.stringify(r).includes('not-a-uuid'), 'no value of the input in the problems');

  const late = structuredClone(plan);
  late.goals[0].due = '2000-01-01T00:00:00Z';
  late.goals[0].start = '2001-01-01T00:00:00Z';
  const p = rk.validate(late, 'en').problems.find((x) => x.pointer === '/goals/0/due');
  assert.equal(p.message, 'Pick a date on or after the start.');
});

test('smartCheck gives a verdict per criterion, worded in Spanish', () => {
  const r = rk.smartCheck(plan.goals[0], '2026-03-02T10:00:00Z', 'es');
  assert.equal(r.ok, true);
  assert.deepEqual(r.value.verdicts.map((v) => v.criterion), ['specific', 'measurable', 'achievable', 'realistic', 'time-limited']);
  assert.equal(r.value.verdicts[0].label, 'Específica');
  for (const v of r.value.verdicts) assert.ok(v.message.length > 0);
  assert.equal(rk.smartCheck('{', '2026-03-02T10:00:00Z').ok, false);
});

test('analyzeText gives UTF-16 offsets that slice a JavaScript string', () => {
  const text = 'Ñandú 🐦 — I will call 3 landlords by Friday';
  const r = rk.analyzeText(text, '2026-03-02T10:00:00Z');
  assert.equal(r.ok, true);
  const phrases = r.value.map((f) => text.slice(f.start16, f.end16));
  assert.ok(phrases.includes('by Friday'), phrases.join(' | '));
  assert.ok(phrases.some((p) => p.startsWith('I will')), phrases.join(' | '));
  const enc = new TextEncoder();
  for (const f of r.value) {
    assert.equal(enc.encode(text.slice(0, f.start16)).length, f.start, 'bytes and UTF-16 agree');
  }
  const es = 'Ñandú 🐦 — voy a llamar a 3 caseros antes del viernes';
  const rs = rk.analyzeText(es, '2026-03-02T10:00:00Z', 'es');
  assert.ok(rs.value.some((f) => es.slice(f.start16, f.end16).includes('viernes')), JSON.stringify(rs.value));
});

test('checkLanguage finds the term in a team\'s note and suggests other wording', () => {
  const text = '🙂 Nota del equipo: he is an addict.';
  const r = rk.checkLanguage(text, 'en');
  assert.equal(r.ok, true);
  assert.equal(r.value.length, 1);
  assert.match(text.slice(r.value[0].start16, r.value[0].end16), /addict/);
  assert.ok(r.value[0].prefer.length > 0);
  const es = rk.checkLanguage('🙂 El paciente es un adicto.', 'es');
  assert.equal(es.ok, true);
  assert.ok(es.value.length >= 1, JSON.stringify(es.value));
});

test('card returns the pocket cards as HTML in the person\'s language', () => {
  const r = rk.card(plan, 'es');
  assert.equal(r.ok, true);
  assert.match(r.value, /<html lang="es">/);
  assert.match(r.value, /href="tel:911"/);
  assert.match(r.value, /Mi plan para prevenir una sobredosis/);
  const none = structuredClone(plan);
  delete none.overdose;
  delete none.safety;
  assert.equal(rk.card(none).ok, false);
});

test('vocabulary and schema', () => {
  const v = rk.vocabulary('life.Area', 'es');
  assert.equal(v.value.terms[0].code, 'personal');
  assert.equal(v.value.label, 'Área de vida');
  assert.equal(rk.vocabulary('no.Such').ok, false);
  const s = rk.schema().value;
  assert.equal(s.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.deepEqual(s.$defs['life.Area'].enum, v.value.terms.map((t) => t.code));
});
