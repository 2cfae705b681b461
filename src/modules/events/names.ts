import type { EntityManager } from 'typeorm';

export interface BilingualName {
  ko: string;
  en: string;
}

/** Organisations' names in both languages, for event summaries (read in the change's transaction). */
export async function organizationNames(em: EntityManager, ids: readonly number[]): Promise<Map<number, BilingualName>> {
  const rows: { id: number; name_ko: string; name_en: string }[] = await em.query('SELECT id, name_ko, name_en FROM organization WHERE id = ANY($1)', [
    [...new Set(ids)],
  ]);
  return new Map(rows.map((r) => [r.id, { ko: r.name_ko, en: r.name_en }]));
}

/** A project's title in both languages. */
export async function projectTitle(em: EntityManager, id: number): Promise<BilingualName> {
  const [row]: { title_ko: string; title_en: string }[] = await em.query('SELECT title_ko, title_en FROM project WHERE id = $1', [id]);
  return { ko: row?.title_ko ?? '', en: row?.title_en ?? '' };
}

/** A project's Korean title as a noun phrase: "… 사업", the word every Korean message of the API uses, unless the title already ends in 과제 or 사업 ("시험 과제 과제" reads wrong). */
export function koreanProjectPhrase(title: string): string {
  return /(과제|사업)$/.test(title.trim()) ? title : `${title} 사업`;
}
