// The report's content (header and sections, in reading order), shown by the command's report.html and by the page.

import type { Figures } from '../../6-figures/figures.ts';
import { complianceSection } from './compliance-section.ts';
import { dataQualitySections } from './data-quality-sections.ts';
import { distributionSections } from './distribution-sections.ts';
import { groupSections } from './group-sections.ts';
import { learnerSections, needingAction } from './learner-sections.ts';
import { openingSections } from './opening-sections.ts';
import { questionSections } from './question-sections.ts';
import { summarySection } from './summary-section.ts';

export function renderReportBody(f: Figures): string {
  const action = needingAction(f);
  return [
    ...openingSections(f),
    summarySection(f, action.length),
    complianceSection(f),
    ...groupSections(f),
    ...distributionSections(f),
    ...learnerSections(f, action),
    ...questionSections(f),
    ...dataQualitySections(f),
  ].join('\n');
}
