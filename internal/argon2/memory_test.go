package argon2

import (
	"bytes"
	"crypto/rand"
	"sync"
	"testing"

	upstream "golang.org/x/crypto/argon2"
)

// Reused memory must give the same keys as fresh memory: hash many random
// inputs one after another and at once, with several memory sizes and lane
// counts, and compare each with golang.org/x/crypto/argon2.
func TestReusedMemoryGivesUpstreamKeys(t *testing.T) {
	type params struct {
		time, memory uint32
		threads      uint8
	}
	cases := []params{{1, 64, 1}, {2, 256, 1}, {3, 256, 2}, {2, 19 * 1024, 1}, {1, 1024, 4}}
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 6; i++ {
				for _, p := range cases {
					pw, salt := make([]byte, 1+i*7), make([]byte, 16)
					rand.Read(pw)
					rand.Read(salt)
					got := IDKey(pw, salt, p.time, p.memory, p.threads, 32)
					want := upstream.IDKey(pw, salt, p.time, p.memory, p.threads, 32)
					if !bytes.Equal(got, want) {
						errs <- "argon2id differs from upstream"
						return
					}
					if !bytes.Equal(Key(pw, salt, p.time, p.memory, p.threads, 32), upstream.Key(pw, salt, p.time, p.memory, p.threads, 32)) {
						errs <- "argon2i differs from upstream"
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Fatal(e)
	}
}

func BenchmarkIDKeyOWASP(b *testing.B) {
	pw, salt := []byte("correct horse battery staple"), make([]byte, 16)
	b.Run("reused-memory", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			IDKey(pw, salt, 2, 19*1024, 1, 32)
		}
	})
	b.Run("x-crypto", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			upstream.IDKey(pw, salt, 2, 19*1024, 1, 32)
		}
	})
}

func TestReleaseMemoryForgetsKeptMemory(t *testing.T) {
	IDKey([]byte("pw"), make([]byte, 16), 1, 64, 1, 32)
	keptAreas := func() int {
		kept.Lock()
		defer kept.Unlock()
		return len(kept.blocks[64])
	}
	if keptAreas() == 0 {
		t.Fatal("no memory kept after a hash")
	}
	ReleaseMemory()
	if keptAreas() != 0 {
		t.Fatal("memory still kept")
	}
	want := upstream.IDKey([]byte("pw"), make([]byte, 16), 1, 64, 1, 32)
	if got := IDKey([]byte("pw"), make([]byte, 16), 1, 64, 1, 32); !bytes.Equal(got, want) {
		t.Fatal("hashing after ReleaseMemory differs")
	}
}
