// Checks the error of the ! operator applied to null.
String? find(bool ok) => ok ? 'found' : null;

void main() {
  print(find(true)!); // expect: found
  print(find(false)!); // expect runtime error: Null check operator used on a null value
}
