#!/usr/bin/env python3
"""Deterministic generator of realistic case-note text for notelint benchmarks.

Mixes prose paragraphs from the seed reports (shared/seeds/*.txt beside the repository, or
--seeds DIR) with synthetic case-note paragraphs built from invented names and sentence
templates. About one synthetic sentence in eight carries a phrase notelint flags ("volatile
relationship", "failed to protect", "a domestic incident", "lost his temper", ...); the rest
are clean. The same arguments always give the same bytes.

    python3 Benchmarks/generate-corpus.py --megabytes 50 --out /tmp/corpus-50mb.txt
    python3 Benchmarks/generate-corpus.py --kilobytes 1 --out /tmp/note-1kb.txt
    python3 Benchmarks/generate-corpus.py --files 2500 --out /tmp/corpus-dir   # ~20 KB each
"""

import argparse
import os
import random
import sys

FIRST_NAMES_ADULT_F = ["Ms Farrow", "Ms Tallis", "Ms Carrow", "Ms Dunmore", "Ms Penhale", "Ms Quarry",
                       "Ms Brightwell", "Ms Halloran", "Ms Whitlock", "Ms Garvey", "Ms Okafor-Lane",
                       "Ms Fenwick", "Ms Ashdown", "Ms Pellow", "Ms Venn", "Ms Lisowska"]
FIRST_NAMES_ADULT_M = ["Mr Farrow", "Mr Tallis", "Mr Carrow", "Mr Dunmore", "Mr Okonjo", "Mr Halloran",
                       "Mr Vance", "Mr Fenwick", "Mr Pellow", "Mr Stroud", "Mr Kellet", "Mr Amberley"]
CHILDREN = ["Poppy", "Reuben", "Isla", "Tomas", "Alfie", "Lottie", "Sam", "Iris", "Kai", "Maisie",
            "Otis", "Nell", "Jude", "Esme", "Rafi", "Bea"]
PROFESSIONALS = ["the health visitor", "the class teacher", "the designated safeguarding lead", "the IDVA",
                 "the family support worker", "the GP", "the school nurse", "the police officer in the case",
                 "the housing officer", "the midwife"]
PLACES = ["the family home", "the flat", "the grandparents' address", "the family hub", "school",
          "the contact centre", "the refuge", "the nursery"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]

CLEAN = [
    "Home visit to {f} and the children at {place}.",
    "{f} was calm and engaged well with the visit.",
    "{c} ({age}) showed me a drawing and talked about her friends at school.",
    "I spoke with {c} alone; {c} said they feel safe at home most of the time.",
    "The home was warm and tidy, and there was food in the fridge.",
    "{pro} reports that {c}'s attendance has improved to {pct}% this term.",
    "A strategy discussion was held on {day} {dom} {month} with police, health and school.",
    "{f} has registered with the GP and attended her first appointment.",
    "{m} has been referred to a domestic abuse perpetrator programme and attended the first session.",
    "The next home visit is booked for {day} at {hour}pm, after school.",
    "{f} was given the number for the local refuge and the national helpline.",
    "{m} punched {f} in the face on {day} night while the children were upstairs.",
    "{m} controls the household money and checks {f}'s phone every evening.",
    "{f} says she is frightened of what {m} will do if she leaves.",
    "The IDVA completed a DASH risk assessment with {f}, which scored {score}.",
    "A MARAC referral has been made and a sanctuary scheme assessment requested.",
    "{c} ({age}) was observed playing happily with {c2} in the garden.",
    "{pro} will meet {f} on {day} to discuss a referral to the breakfast club.",
    "The child protection conference agreed that the children will be subject to plans under emotional harm.",
    "{f} was supported by her advocate throughout the meeting.",
    "{m} has not attended the property since the safety plan was agreed.",
    "{c} told me that Daddy shouted at Mummy and pushed her against the door.",
    "The core group will meet within ten working days.",
    "{f} agreed to share information with the school and the GP.",
]

FLAGGED = [
    "{f} and {m} have a volatile relationship and argue in front of the children.",
    "{f} failed to protect the children from witnessing domestic abuse.",
    "Police attended a domestic incident at {place} on {dom} {month}.",
    "{m} lost his temper and threw a plate across the kitchen.",
    "{f} has chosen to stay in the relationship and needs to prioritise the children.",
    "Things got out of hand after {m} came home drunk.",
    "The couple engaged in a mutual argument that escalated.",
    "{f} allowed {m} back into the home despite the safety plan.",
    "There is a long history of domestic violence in this family.",
    "{m} is a good father when he is not drinking.",
    "{f} is a vulnerable woman who keeps putting herself at risk by going back to him.",
    "The children were exposed to domestic violence.",
    "There was a DV incident on {day} night and police attended.",
    "{m} has anger management issues and has agreed to go on a course.",
]


def find_seed_dir(explicit):
    if explicit:
        return explicit if os.path.isdir(explicit) else None
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(here)
    for candidate in (os.path.join(os.path.dirname(repo), "shared", "seeds"), os.path.join(repo, "shared", "seeds"),
                      "/work/shared/seeds"):
        if os.path.isdir(candidate):
            return candidate
    return None


def seed_paragraphs(directory):
    paragraphs = []
    if not directory:
        return paragraphs
    for name in sorted(os.listdir(directory)):
        if not name.endswith(".txt"):
            continue
        try:
            with open(os.path.join(directory, name), encoding="utf-8") as handle:
                text = handle.read()
        except (OSError, UnicodeDecodeError):
            continue
        for block in text.split("\n\n"):
            block = block.strip()
            # Keep prose: long enough, not a heading or a table row.
            if len(block.encode("utf-8")) >= 200 and not block.startswith(("#", "|")):
                paragraphs.append(block)
    return paragraphs


def synthetic_paragraph(rng):
    f = rng.choice(FIRST_NAMES_ADULT_F)
    m = rng.choice(FIRST_NAMES_ADULT_M)
    c, c2 = rng.sample(CHILDREN, 2)
    sentences = []
    for _ in range(rng.randint(3, 7)):
        template = rng.choice(FLAGGED) if rng.random() < 0.125 else rng.choice(CLEAN)
        sentence = template.format(
            f=f, m=m, c=c, c2=c2, age=rng.randint(2, 15), pro=rng.choice(PROFESSIONALS),
            place=rng.choice(PLACES), day=rng.choice(DAYS), dom=rng.randint(1, 28), month=rng.choice(MONTHS),
            hour=rng.randint(1, 6), pct=rng.randint(70, 99), score=rng.randint(5, 24))
        sentences.append(sentence[0].upper() + sentence[1:])
    return " ".join(sentences)


def generate(rng, seeds, size):
    """About `size` bytes (whole paragraphs, so up to one paragraph over) of UTF-8 text."""
    parts = []
    total = 0
    while total < size:
        if seeds and rng.random() < 0.5:
            paragraph = rng.choice(seeds)
        else:
            paragraph = synthetic_paragraph(rng)
        parts.append(paragraph + "\n\n")
        total += len(paragraph.encode("utf-8")) + 2
    return "".join(parts)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    size = parser.add_mutually_exclusive_group(required=True)
    size.add_argument("--megabytes", type=float, help="write one file of this many MB (10^6 bytes)")
    size.add_argument("--kilobytes", type=float, help="write one file of this many KB (10^3 bytes)")
    size.add_argument("--files", type=int, help="write this many files into the --out folder")
    parser.add_argument("--file-kilobytes", type=float, default=20, help="size of each file with --files (default 20)")
    parser.add_argument("--out", required=True, help="output file, or folder with --files")
    parser.add_argument("--seeds", help="folder of seed reports (*.txt); default: shared/seeds beside the repository")
    parser.add_argument("--no-seeds", action="store_true", help="synthetic paragraphs only")
    parser.add_argument("--seed", type=int, default=20240611, help="random seed (default 20240611)")
    args = parser.parse_args()

    seeds = [] if args.no_seeds else seed_paragraphs(find_seed_dir(args.seeds))
    rng = random.Random(args.seed)
    if args.files is not None:
        os.makedirs(args.out, exist_ok=True)
        width = max(4, len(str(args.files)))
        total = 0
        for index in range(args.files):
            text = generate(rng, seeds, int(args.file_kilobytes * 1000))
            with open(os.path.join(args.out, f"note-{index:0{width}d}.txt"), "w", encoding="utf-8") as handle:
                handle.write(text)
            total += len(text.encode("utf-8"))
        print(f"wrote {args.files} files, {total / 1e6:.1f} MB, to {args.out} ({len(seeds)} seed paragraphs)", file=sys.stderr)
    else:
        target = int(args.megabytes * 1e6) if args.megabytes is not None else int(args.kilobytes * 1e3)
        # A small note is case-note text only: a seed paragraph alone could be bigger than it.
        text = generate(rng, seeds if args.megabytes is not None else [], target)
        directory = os.path.dirname(os.path.abspath(args.out))
        os.makedirs(directory, exist_ok=True)
        with open(args.out, "w", encoding="utf-8") as handle:
            handle.write(text)
        print(f"wrote {len(text.encode('utf-8')):,} bytes to {args.out} ({len(seeds)} seed paragraphs)", file=sys.stderr)


if __name__ == "__main__":
    main()
