// One place that imports GitLab's component library. It ships no type declarations; the
// ts-ignore keeps `tsc` quiet whether or not another module declares '@gitlab/ui'.
// Named imports keep the bundle tree-shaken to the components used here.
// prettier-ignore
// @ts-ignore
import { GlAlert, GlButton, GlCollapsibleListbox, GlDrawer, GlDropdownItem, GlFormCheckbox, GlFormCombobox, GlFormGroup, GlFormInput, GlFormRadio, GlFormRadioGroup, GlFormSelect, GlFormTextarea, GlModal, GlModalDirective, GlTableLite } from '@gitlab/ui';

export {
  GlAlert,
  GlButton,
  GlCollapsibleListbox,
  GlDrawer,
  GlDropdownItem,
  GlFormCheckbox,
  GlFormCombobox,
  GlFormGroup,
  GlFormInput,
  GlFormRadio,
  GlFormRadioGroup,
  GlFormSelect,
  GlFormTextarea,
  GlModal,
  GlModalDirective,
  GlTableLite,
};
