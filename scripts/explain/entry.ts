// Bundled by scripts/explain-detection.ts into a page: how the detector saw each field.
import { collectFields } from '../../src/content/collect-fields.ts';
import { describeField } from '../../src/content/field-label.ts';
import { scoreRoles } from '../../src/content/field-roles.ts';
import { createScopeFinder, isElement } from '../../src/content/form-context.ts';
import { inspectPage } from '../../src/content/inspect-page.ts';
import { classifyScope, scopeText } from '../../src/content/page-kind.ts';
import { isPlausiblyFillable, isSafeTarget } from '../../src/content/visibility.ts';

function explain() {
  const scopeOf = createScopeFinder();
  const scopes = new Map<unknown, string>();
  const fields = collectFields(document).map(({ element, kind }) => {
    const scope = scopeOf(element);
    if (!scopes.has(scope)) {
      const name = isElement(scope)
        ? `${scope.localName}#${scope.id}.${scope.className.slice(0, 30)}`
        : scope.nodeName;
      scopes.set(scope, `${scopes.size}:${name} ${JSON.stringify(scopeText(scope))}`);
    }
    const text = describeField(element);
    return {
      field: `${element.localName}${element.id ? `#${element.id}` : ''}[name=${element.getAttribute('name') ?? ''}]`,
      kind,
      scope: scopes.get(scope)?.split(' ')[0],
      label: text.label,
      primary: text.primary,
      secondary: text.secondary,
      scores: scoreRoles(element, kind, text),
      plausible: isPlausiblyFillable(element),
      safe: isSafeTarget(element),
    };
  });
  const verdicts = [...scopes.keys()].map((scope) =>
    JSON.stringify(
      classifyScope({ scope: scope as Element, hasLinkField: true, hasMessageField: true }),
    ),
  );
  return {
    scopes: [...scopes.values()].map(
      (scope, index) => `${scope} → with fields: ${verdicts[index] ?? ''}`,
    ),
    fields,
    report: inspectPage(document),
  };
}

(globalThis as Record<string, unknown>)['__explainDetection'] = explain;
