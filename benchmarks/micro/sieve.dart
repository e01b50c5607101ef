// sieve: the sieve of Eratosthenes over a List<bool> (a table of booleans in Lua), repeated.
// Measures indexed loads and stores in a large list and tight integer loops.
// Twin of sieve.lua: both print the same line.

/// Returns the number of primes in 2..[size].
int countPrimes(int size) {
  final List<bool> isPrime = List<bool>.filled(size + 1, true);
  int count = 0;
  for (int i = 2; i <= size; i++) {
    if (isPrime[i]) {
      count++;
      for (int k = i * i; k <= size; k += i) {
        isPrime[k] = false;
      }
    }
  }
  return count;
}

void main() {
  const int size = 1000000;
  const int repeats = 15;
  int total = 0;
  for (int r = 0; r < repeats; r++) {
    total += countPrimes(size);
  }
  print('sieve: $total primes found by $repeats sieves up to $size');
}
