// The facts strip of an opening screen (a module's, a path's start screen): a description list, so a screen reader
// hears each name with its value.
export function Facts({ items }: { items: ReadonlyArray<readonly [string, string]> }) {
  return (
    <dl class="intro-facts">
      {items.map(([name, value]) => (
        <div key={name}>
          <dt>{name}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
