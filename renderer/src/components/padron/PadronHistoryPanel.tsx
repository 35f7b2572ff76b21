import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Typography from '@mui/material/Typography';
import { memo, useState } from 'react';
import { PadronHistory, type HistoryPart } from './PadronHistory';

/** On the subscriber view the titulares have their own tab: the rest of the history is here. */
const PARTS: readonly HistoryPart[] = ['statuses', 'edits'];
const TRANSITION = { unmountOnExit: true } as const;

interface Props {
  code: string;
  /** How many lifecycle moves and predio edits there are: the view counts them, the history lists them. */
  count: number;
}

/**
 * "Historia del padrón (n)", closed: the subscriber view is drawn without it, and its history is
 * read only when the asesor opens it. Another subscriber opened starts closed again, at once: a
 * closing animation would draw (and so read) the new subscriber's history on its way out.
 */
export const PadronHistoryPanel = memo(function PadronHistoryPanel({ code, count }: Props) {
  return <HistoryAccordion key={code} code={code} count={count} />;
});

function HistoryAccordion({ code, count }: Props) {
  const [open, setOpen] = useState(false);
  const title = `Historia del padrón (${count})`;
  return (
    <Accordion
      variant="outlined"
      disableGutters
      expanded={open}
      onChange={(_, expanded) => setOpen(expanded)}
      slotProps={{ transition: TRANSITION }}
      component="section"
      aria-label={title}
    >
      <AccordionSummary
        expandIcon={<ExpandMoreIcon />}
        sx={{
          minHeight: 30,
          bgcolor: '#f3f6f8',
          '& .MuiAccordionSummary-content': { my: 0.5, gap: 1.5, alignItems: 'baseline' },
        }}
      >
        <Typography
          variant="subtitle2"
          component="h2"
          sx={{ textTransform: 'uppercase', fontSize: '0.75rem', color: 'primary.dark' }}
        >
          {title}
        </Typography>
        <Typography variant="caption" color="text.secondary">
          Cambios de estado y ediciones del predio: quién, cuándo, antes y después
        </Typography>
      </AccordionSummary>
      <AccordionDetails sx={{ p: 1.5 }}>
        <PadronHistory code={code} parts={PARTS} />
      </AccordionDetails>
    </Accordion>
  );
}
