/**
 * The candidate groups of a user task after the administrator picked `group` from the offered list. A plain value is
 * a comma-separated list (as the engine reads it), so the group is added to it once. A FEEL list literal
 * (`=["agency:" + leadAgency]`) gets the group as one more string. Any other FEEL expression cannot be extended
 * safely, so the picked group replaces it (undo brings it back).
 */
export function addCandidateGroup(current: string | undefined, group: string): string {
  const value = (current ?? '').trim();
  if (!value) {
    return group;
  }

  if (value.startsWith('=')) {
    const list = /^=\s*\[(.*)\]\s*$/s.exec(value);
    if (!list) {
      return group;
    }

    const items = list[1].trim();
    const literal = JSON.stringify(group);
    if (items.split(',').some((item) => item.trim() === literal)) {
      return value;
    }

    return items ? `=[${items}, ${literal}]` : `=[${literal}]`;
  }

  const groups = value.split(',').map((g) => g.trim()).filter((g) => g.length > 0);
  return groups.includes(group) ? groups.join(',') : [...groups, group].join(',');
}
