// Expando attaches values to objects by identity; WeakReference gives its target back (both
// hold their objects strongly in Islet, which programs cannot observe here).
class Node {}

void main() {
  var tags = Expando<String>('tags');
  var a = Node();
  var b = Node();
  tags[a] = 'first';
  print(tags[a]);
  print(tags[b]);
  tags[a] = null;
  print(tags[a]);
  print(tags);
  print(Expando().toString());
  var ref = WeakReference(b);
  print(identical(ref.target, b));
  try {
    tags['text'];
  } on ArgumentError {
    print('ArgumentError');
  }
}
// expect: first
// expect: null
// expect: null
// expect: Expando:tags
// expect: Expando:null
// expect: true
// expect: ArgumentError
