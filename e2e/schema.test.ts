import { expect, test } from '@playwright/test';
import Ajv2020 from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';

test('/schema/events.json is a JSON Schema that accepts the events file', async ({ request }) => {
	const response = await request.get('/schema/events.json');
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toContain('application/json');
	const schema = await response.json();
	const ajv = new Ajv2020({ strict: false, allErrors: true });
	const validate = ajv.compile(schema);
	expect(validate(JSON.parse(readFileSync('data/events.json', 'utf8'))), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
	// And it rejects what is not an events file.
	expect(validate({ events: 'none' })).toBe(false);
});
