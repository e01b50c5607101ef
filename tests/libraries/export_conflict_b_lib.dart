String same() => 'b';
