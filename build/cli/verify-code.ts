// Entry of `npm run verify-code` (see verify-code-command.ts); the course id and version default to course/'s.
import { loadCourse } from '../content/load.ts';
import { verifyCommand } from './verify-code-command.ts';

const result = verifyCommand(process.argv.slice(2), () => {
  const { course } = loadCourse('course');
  return { courseId: course.id, version: course.version };
});
(result.exitCode === 0 ? console.log : console.error)(result.output);
process.exitCode = result.exitCode;
