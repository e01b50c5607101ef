// A named field can't be called like one of the record's positional fields.
void main() {
  print((1, 2, $2: 3)); // expect error: Record field names can't be a dollar sign followed by an integer when the integer is the index of a positional field.
}
