use proptest::prelude::*;

use super::*;
use crate::sheet::arb;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn any_sheet_survives_save_and_load(sheet in arb::sheet()) {
        let (_dir, store) = store();
        store.save(&sheet).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let back = store.load(&id(&sheet.id)).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(back, sheet);
    }

    #[test]
    fn any_text_import_is_safe(text in arb::text()) {
        let (_dir, store) = store();
        let _ = store.import_text(&text);
    }
}
