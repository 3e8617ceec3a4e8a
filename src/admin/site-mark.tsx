/** The site's mark, the same drawing as the public favicon (src/web/assets/favicon.svg). */
export function SiteMark({ size }: { size: number }) {
  return (
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width={size} height={size} aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="6" fill="#0b4f6c" />
      <path d="M8 24V8h4l8 10V8h4v16h-4l-8-10v10z" fill="#fff" />
    </svg>
  )
}
