// Only `base` may modify a mixin declaration.
interface mixin M {} // expect error: A mixin can't be declared 'interface'.

void main() {}
