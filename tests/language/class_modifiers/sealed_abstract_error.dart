// `abstract` on a sealed class is a syntax error: sealed already implies abstract.
abstract sealed class S {} // expect error: A 'sealed' class can't be marked 'abstract' because it's already implicitly abstract.

void main() {}
