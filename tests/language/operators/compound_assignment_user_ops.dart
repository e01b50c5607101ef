// Checks that compound assignments call the user-defined operators on fields and locals.
class Counter {
  final int n;
  Counter(this.n);
  Counter operator +(int k) => Counter(n + k);
  Counter operator -(int k) => Counter(n - k);
  Counter operator *(int k) => Counter(n * k);
  @override
  String toString() => 'C$n';
}

class Holder {
  Counter c = Counter(1);
  static Counter shared = Counter(100);
}

void main() {
  var c = Counter(0);
  c += 5;
  c *= 3;
  c -= 1;
  print(c); // expect: C14
  var h = Holder();
  h.c += 2;
  print(h.c); // expect: C3
  Holder.shared -= 1;
  print(Holder.shared); // expect: C99
  c++;
  print(c); // expect: C15
}
