import type { vi } from "./vi";

type Texts<T> = { [K in keyof T]: T[K] extends string ? string : Texts<T[K]> };

/** English (the second locale): the same keys as Vietnamese. */
export const en: Texts<typeof vi> & { units: { days_one: string; days_other: string; hours_one: string; hours_other: string } } = {
  app: { name: "TthcFlow", tagline: "Internal processes for administrative procedures", skip: "Skip to main content" },
  nav: { designer: "Process designer", catalogue: "Procedures", language: "Language" },
  common: { loading: "Loading…", cancel: "Cancel", yes: "Yes", no: "No", remove: "Remove", noResults: "No results", notFound: "This page does not exist.", home: "Go to the procedure catalogue" },
  units: { days: "{{value}} days", hours: "{{value}} hours", daysShort: "days", days_one: "{{value}} day", days_other: "{{value}} days", hours_one: "{{value}} hour", hours_other: "{{value}} hours" },
  limitUnits: { WorkingDays: "working days", CalendarDays: "days", WorkingHours: "working hours", SameDay: "Same day (before 15:00)" },
  levels: { Commune: "Commune", Province: "Province", District: "District" },
  channels: { "1": "In person", "2": "Online", "3": "Public post" },
  procedure: { noLimit: "No time limit set" },
  categories: { Procedure: "Administrative procedure", Flow: "Flow", Branching: "Branching", Scheduling: "Time", Primitives: "Primitives" },
  ports: {
    Certified: "Certified", Consultation: "Consultation", Drafted: "Drafted", Eligible: "Eligible", Found: "Record found",
    Incomplete: "Incomplete", Ineligible: "Ineligible", Issued: "Issued", Published: "Published", Sent: "Sent",
    Signed: "Signed", SiteInspection: "Site inspection", Submitted: "Submitted", Supplemented: "Supplemented", Valid: "Valid", Withdrawn: "Withdrawn",
    Accepted: "Accepted", Supplement: "Supplement", Refused: "Refused", Done: "Done", Returned: "Returned",
    Paid: "Paid", Approved: "Approved", SentBack: "Sent back", Rejected: "Rejected", True: "True", False: "False", Default: "Default",
  },
  palette: { title: "Activities", hint: "Drag onto the diagram or click to add." },
  canvas: { empty: "The diagram is empty. Drag an activity from the list on the left to start.", minimap: "Mini map" },
  toolbar: {
    label: "Process actions", new: "New", undo: "Undo", redo: "Redo", layout: "Auto-layout",
    import: "Import", export: "Export", save: "Save draft", saving: "Saving…", publish: "Publish",
    published: "Published", unsaved: "Unsaved", unsavedNew: "New process", version: "Version {{version}}", versions: "Versions",
  },
  designer: {
    newName: "New process", saved: "Saved version {{version}}.", saveFailed: "Could not save",
    published: "Published version {{version}}.", imported: "Imported “{{name}}” — not saved yet.",
    importFailed: "“{{name}}” is not a valid Elsa 3 workflow definition (JSON).",
    loadError: "Could not load the process", catalogueError: "Could not load the activity catalogue",
  },
  properties: {
    title: "Properties", name: "Activity name", id: "Activity id", required: "Required",
    delete: "Delete activity", unknownType: "TthcFlow does not execute this activity type; it is kept unchanged on save and export.",
  },
  editors: {
    choose: "— Choose —", chooseRole: "— Choose a role —", defaultRole: "Default: {{role}}", defaultOption: "Default: {{option}}",
    chooseVariable: "— Choose a variable —", noVariables: "The workflow has no variables", durationUnit: "Time unit",
    workingDays: "working days", workingHours: "working hours", expressionType: "Expression type",
    expressionTypes: { Literal: "Value", JavaScript: "JavaScript", Variable: "Variable", Object: "Object (JSON)" },
    timeSpan: { d: "days", h: "hours", min: "minutes" }, newOutcome: "Outcome", addOutcome: "Add outcome",
    case: "Case", caseLabel: "Case label", condition: "Condition", addCase: "Add case",
    invalidJson: "This is not valid JSON.",
  },
  unitRule: {
    kinds: { Receiving: "Receiving unit", Competent: "Competent unit", Fixed: "Fixed agency", Vertical: "Vertical agency", Parent: "Parent level" },
    networks: { Tax: "Tax", Police: "Police", SocialInsurance: "Social insurance", LandRegistration: "Land registration office" },
    hints: {
      Receiving: "The unit where the dossier was received (may differ from the one that decides).",
      Competent: "The body competent to decide the dossier.",
      Fixed: "Always the chosen agency (by electronic ID).",
      Vertical: "The vertical agency serving the competent unit's area.",
      Parent: "The competent unit's superior level.",
    },
    network: "Network", agency: "Agency", noAgency: "none chosen", searchAgency: "Search by name or e-ID…",
  },
  escalations: { NearDue: "Near due", Due: "Due", Overdue: "Overdue", Assignee: "Assignee", HeadOfUnit: "Head of unit", add: "Add escalation", at: "When", notify: "Notify" },
  metadata: {
    eyebrow: "Process", title: "Procedure information", hint: "Select an activity on the diagram to edit its properties.",
    definitionId: "Process id", workflowName: "Process name", code: "Procedure code", name: "Procedure name",
    nameEn: "English name", field: "Field", fieldExample: "Civil status", level: "Competent level", legalLimit: "Legal time limit",
    limitUnit: "Limit unit", locationIndependent: "Receivable regardless of administrative boundaries", channels: "Submission channels",
    fees: "Fees and charges", feeName: "Fee name", feeAmount: "Amount", defaultFee: "Fee", addFee: "Add fee",
    documents: "Required documents", addDocument: "Add document", legalBasis: "Legal basis", addLegalBasis: "Add legal text",
  },
  timeline: {
    total: "Total {{total}} working days", title: "Processing time along the critical path", summary: "Total {{total}} working days / limit {{limit}}",
    within: "within the limit", over: "{{excess}} days over", noLimit: "no limit set", limit: "Legal time limit",
    notCounted: "not counted toward the limit", empty: "No step has an allotment yet.",
  },
  issues: {
    title: "Process check", checking: "Checking…", valid: "Valid", errors: "{{count}} errors",
    unavailable: "Could not check", procedure: "Process",
  },
  publish: {
    title: "Publish the internal process", decisionNumber: "Approving decision number", decisionDate: "Decision date",
    approvedBy: "Approved by", publish: "Publish", saveAndPublish: "Save and publish",
    saveFirst: "Your changes will be saved as a new version, then published.", version: "Publish version {{version}}.",
  },
  catalogue: {
    title: "Administrative procedures", lead: "Published procedures: time limits, fees, required documents, where to file, and the internal process.",
    search: "Search by name, code or field", field: "Field", allFields: "All fields", code: "Code", name: "Procedure",
    level: "Competent level", limit: "Time limit", fees: "Fees", where: "Where to file", channels: "Channels",
    none: "No procedure has been published yet.", noFees: "No fees", fee: "Fee", unknown: "Not provided",
    anywhereShort: "Any centre", competentOnly: "Competent unit",
    anywhere: "Receivable regardless of administrative boundaries: file at any public-administration service centre of the {{count}} communes and wards of {{province}}, or at the provincial centre; the result is returned where you filed or by post.",
    communeCentre: "The public-administration service centre of the competent commune.",
    provinceCentre: "The provincial public-administration service centre of {{province}}.",
    documents: "Required documents", legalBasis: "Legal basis", diagram: "Internal process",
    diagramHint: "Diagram of the published internal process (version {{version}}).", back: "Procedure catalogue", notFound: "This procedure is not in the published catalogue.",
  },
};
