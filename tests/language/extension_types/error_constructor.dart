// Constructors declared in the body of an extension type are not supported yet.
extension type Name(String value) {
  Name.upper(String s) : this(s.toUpperCase()); // expect error: A constructor in an extension type is not supported yet.
}

void main() {}
