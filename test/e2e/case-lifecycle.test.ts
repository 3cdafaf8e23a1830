/** The case lifecycle story (case-lifecycle.story.ts) on the strict sandbox: every undocumented behaviour strict. */
import { caseLifecycleStory } from './case-lifecycle.story'

caseLifecycleStory('')
