// Types the `virtual:course` module the build's Vite plugin provides (build/vite/virtual-course.ts).
declare module 'virtual:course' {
  const course: import('./model/course.ts').Course;
  export default course;
}
