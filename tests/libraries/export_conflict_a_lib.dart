String same() => 'a';
