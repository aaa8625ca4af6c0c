/// A reader of the note records of one kind of export, behind ``RecordReader``.
protocol RecordSource {
    /// The next record, a problem with a record that was skipped, or nil at the end.
    mutating func next() -> Result<NoteRecord, InputProblem>?
}
