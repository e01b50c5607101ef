// Extensions can't declare instance fields.
extension E on String {
  int count = 0; // expect error: Extensions can't declare instance fields
}

void main() {}
