// An unclosed bracket: the lexer reports it, and the parser stays silent after it rather than
// repeat the same trouble at every later token.
void ok() {}

int f( {}

void g() => ;
