/**
 * The case lifecycle story (case-lifecycle.story.ts) with every undocumented platform behaviour on
 * its lenient side (SANDBOX_LENIENT=all; the switches are listed in docs/platform-fidelity.md).
 */
import { caseLifecycleStory } from './case-lifecycle.story'

caseLifecycleStory('all')
