// `npm run dev`: the player and the simulated LMS preview, with the course from course/ hot-reloaded.
import { defineConfig } from 'vite';
import { playerConfig } from './build/vite/config.ts';

export default defineConfig(playerConfig({ courseDir: process.env.COURSE_DIR ?? 'course' }));
