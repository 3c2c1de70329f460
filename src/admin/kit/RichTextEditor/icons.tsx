import type { ReactNode } from 'react';

// Toolbar glyphs drawn as SVG: emoji and rarer symbols (🔗 🖼 ⦀) show as empty boxes on
// systems without the font that has them. Lines in `currentColor`, so they follow the theme.
function Icon({ children }: { children: ReactNode }) {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" focusable="false">
      {children}
    </svg>
  );
}

export const LinkIcon = () => (
  <Icon>
    <path d="M6.5 9.5l3-3" />
    <path d="M7 4.5l1-1a2.8 2.8 0 014 4l-1 1" />
    <path d="M9 11.5l-1 1a2.8 2.8 0 01-4-4l1-1" />
  </Icon>
);

export const UnlinkIcon = () => (
  <Icon>
    <path d="M7 4.5l1-1a2.8 2.8 0 014 4l-1 1" />
    <path d="M9 11.5l-1 1a2.8 2.8 0 01-4-4l1-1" />
    <path d="M2.5 2.5l11 11" />
  </Icon>
);

export const ImageIcon = () => (
  <Icon>
    <rect x="2" y="3" width="12" height="10" rx="1" />
    <circle cx="5.5" cy="6.5" r="1" />
    <path d="M2.5 12l4-4 3 3 2-2 2.5 2.5" />
  </Icon>
);

export const QuoteIcon = () => (
  <Icon>
    <path d="M3 9.5h3v3H3zM3 9.5c0-3 1-4.5 3-5" />
    <path d="M9.5 9.5h3v3h-3zM9.5 9.5c0-3 1-4.5 3-5" />
  </Icon>
);

export const TableIcon = () => (
  <Icon>
    <rect x="2" y="3" width="12" height="10" rx="1" />
    <path d="M2 6.5h12M2 10h12M6 3v10M10 3v10" />
  </Icon>
);

export const AddRowIcon = () => (
  <Icon>
    <rect x="2" y="2.5" width="12" height="6" rx="1" />
    <path d="M2 5.5h12M6 2.5v6M10 2.5v6" />
    <path d="M8 10.5v4M6 12.5h4" />
  </Icon>
);

export const AddColumnIcon = () => (
  <Icon>
    <rect x="2.5" y="2" width="6" height="12" rx="1" />
    <path d="M5.5 2v12M2.5 6h6M2.5 10h6" />
    <path d="M10.5 8h4M12.5 6v4" />
  </Icon>
);

export const DeleteTableIcon = () => (
  <Icon>
    <rect x="2" y="3" width="12" height="10" rx="1" />
    <path d="M5.5 5.5l5 5M10.5 5.5l-5 5" />
  </Icon>
);
