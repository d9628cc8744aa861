import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'e2e',
	outputDir: 'test-results',
	fullyParallel: true,
	workers: 2,
	retries: process.env.CI ? 1 : 0,
	reporter: [['list']],
	use: {
		baseURL: `http://localhost:${port}`,
		timezoneId: 'UTC',
		locale: 'en-GB',
		// Debian's Chromium: a test run never downloads a browser.
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
		}
	},
	webServer: {
		command: 'npm run build && node scripts/serve.mjs',
		port,
		reuseExistingServer: false,
		timeout: 180_000,
		env: { PORT: String(port), HOST: '127.0.0.1', LINIMASA_EVENTS: 'data/events.json', TZ: 'UTC' }
	}
});
