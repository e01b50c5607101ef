// Checks that block comments nest: the first */ closes only the inner comment.
void main() {
  /* outer /* inner */ print('hidden'); still inside the outer comment */
  print('visible'); // expect: visible
  /* one /* two /* three */ two */ one */
  print(2 /* a /* b */ c */ * 3); // expect: 6
}
