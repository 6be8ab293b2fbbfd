"""Function words of Indonesian and English news, ignored by clustering and claim matching."""

from __future__ import annotations

_ID = """
ada adalah agar akan akhir aku amat anda antar antara apa apabila apakah atas atau bagai bagaimana
bagi bahkan bahwa baik banyak baru beberapa begitu belum benar berada berbagai berikut bersama
besar bila bisa boleh bukan cukup dalam dan dapat dari daripada demikian dengan di dia diri dirinya
hal hanya hari harus hingga ia ialah ini itu jadi jika juga jumat kami kamis kamu kan karena kata
ke kebanyakan kemudian kepada kita lagi lain lalu lama lebih maka masih masing melalui memang
menjadi menurut mereka merupakan meski minggu mungkin namun nya oleh pada padahal para pula pun
rabu saat saja sabtu salah sama sampai sangat satu saya sebab sebagai sebelum sebelumnya sebuah
secara sedang sejak sekarang selama selasa seluruh semua senin sendiri seperti serta sesudah
setelah setiap sini situ suatu sudah tahun tak tanpa tapi telah tentang tersebut tetapi tidak
untuk usai waktu yaitu yakni yang bulan pekan kali dua tiga empat lima juga tadi kini nanti
mengatakan menyatakan ujar ungkap tutur jelas tegas tambah sebut disebut dikatakan dilaporkan
kabar berita baca terkait terkini terpopuler editor penulis reporter laporan sumber com
"""

_EN = """
a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had
has have having he her here hers him his how i if in into is it its itself just me more most my no
nor not now of off on once only or other our out over own said says same she should so some such
than that the their them then there these they this those through to too under until up very was
we were what when where which while who whom why will with would you your year years week monday
tuesday wednesday thursday friday saturday sunday told according new one two three
"""

STOPWORDS: frozenset[str] = frozenset((_ID + _EN).split())
