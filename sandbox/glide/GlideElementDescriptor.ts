/**
 * GlideElementDescriptor subset — docs: "GlideElementDescriptor - Scoped, Global"
 * (https://www.servicenow.com/docs/r/xanadu/api-reference/server-api-reference/c_GlideElementDescriptorScopedAPI.html):
 * getLength(), getInternalType(), getName(), getLabel(), read from the field's sys_dictionary row
 * (the table's parents included, dictionary.ts; cached there). Obtained with GlideElement.getED(); no constructor.
 * A field without a dictionary row (undocumented: on an instance every real field has one) gives
 * length 0, internal type '' and the field name as label.
 */
import { fieldDescriptor } from './dictionary'
import { Store } from './store/types'

export class GlideElementDescriptor {
    constructor(
        private readonly store: Store,
        private readonly table: string,
        private readonly name: string,
    ) {}

    private row() {
        return fieldDescriptor(this.store, this.table, this.name)
    }

    /** docs: getLength() — the element's size: sys_dictionary.max_length (e.g. 40 for incident.priority). */
    getLength(): number {
        return this.row()?.maxLength ?? 0
    }

    /** docs: getInternalType() — the element's internal data type (string, boolean, integer, reference, ...). */
    getInternalType(): string {
        return this.row()?.internalType ?? ''
    }

    /** docs: getName() — the element's name. */
    getName(): string {
        return this.name
    }

    /** docs: getLabel() — the element's label (sys_dictionary.column_label). */
    getLabel(): string {
        return this.row()?.label ?? this.name
    }
}
