#[test]
fn value_stays_two_words() {
    assert_eq!(std::mem::size_of::<crate::value::Value>(), 16);
}
