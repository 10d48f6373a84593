/// Story Protocol v1.3.
